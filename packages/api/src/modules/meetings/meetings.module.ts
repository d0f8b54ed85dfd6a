import { defineModule } from '../../core/module';
import { Meeting, MeetingAttachment, MeetingAttendance } from './meetings.entity';
import { meetingsFacts } from './meetings.facts';
import {
  Migration20261128100000_meetings,
  Migration20261130000100_meeting_person_idx,
  Migration20261130000200_meeting_host_recorder_idx,
} from './meetings.migration';
import { MeetingsResolver, meetingsRules } from './meetings.resolver';
import { meetingsSeed } from './meetings.seed';

/** 三会一课 (§四.2, SPEC §3.9): the school's Party meetings, their attendance and attached files. */
export const meetingsModule = defineModule({
  name: 'meetings',
  tables: ['meeting', 'meeting_attendance', 'meeting_attachment'],
  entities: [Meeting, MeetingAttendance, MeetingAttachment],
  resolvers: [MeetingsResolver],
  rules: meetingsRules,
  migrations: [
    { name: 'Migration20261128100000_meetings', class: Migration20261128100000_meetings },
    { name: 'Migration20261130000100_meeting_person_idx', class: Migration20261130000100_meeting_person_idx },
    {
      name: 'Migration20261130000200_meeting_host_recorder_idx',
      class: Migration20261130000200_meeting_host_recorder_idx,
    },
  ],
  facts: meetingsFacts,
  seed: meetingsSeed,
});
