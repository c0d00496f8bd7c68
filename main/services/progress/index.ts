// Progress: a client's self-ratings over time on the chosen competency framework, and their scaling scores.
export { progressForClient, rateAtInterview, recordSelfAssessment } from './ratings';
