import { defineModule } from '../../core/module';
import { MajorMatter, MajorMatterComment, MajorMatterVote } from './major-matters.entity';
import { majorMattersFacts } from './major-matters.facts';
import {
  Migration20261129100000_major_matters,
  Migration20261130000500_major_matter_comment_author_idx,
} from './major-matters.migration';
import { MajorMattersResolver, majorMattersRules } from './major-matters.resolver';
import { majorMattersSeed } from './major-matters.seed';

/** 重大事项 (三重一大, §二.2, SPEC §3.3): major matters, their votes at Party meetings, execution and guidance. */
export const majorMattersModule = defineModule({
  name: 'major-matters',
  tables: ['major_matter', 'major_matter_vote', 'major_matter_comment'],
  entities: [MajorMatter, MajorMatterVote, MajorMatterComment],
  resolvers: [MajorMattersResolver],
  rules: majorMattersRules,
  migrations: [
    { name: 'Migration20261129100000_major_matters', class: Migration20261129100000_major_matters },
    {
      name: 'Migration20261130000500_major_matter_comment_author_idx',
      class: Migration20261130000500_major_matter_comment_author_idx,
    },
  ],
  facts: majorMattersFacts,
  seed: majorMattersSeed,
});
