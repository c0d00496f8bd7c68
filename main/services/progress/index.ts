// Progress: a client's self-ratings over time on the chosen competency framework, and their scaling scores.
export {
  interviewRedated,
  progressForClient,
  rateAtInterview,
  recordSelfAssessment,
  summariseProgress,
} from './ratings';
