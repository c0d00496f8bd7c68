// The group-sessions room's door: group work, drop-ins, parents' evenings and
// assemblies, and each pupil's attendance as contact.
export { getSession, listSessions, removeSession, saveSession } from './sessions';
export { pupilsToChoose } from './pupils';
export { attendanceOf, attendedBetweenSql, lastAttendedSql, type Attendance } from './attendance';
