// Progress over time: dated self-ratings on the competencies of the framework
// in use (the Blueprint or the CDI framework), and on scaling questions, from
// interviews and from short self-assessments. Each rating names its framework,
// so a change of framework in Settings never rereads old ratings.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { clients } from './clients';
import { interviews } from './interviews';

export const competencyRatings = sqliteTable(
  'competency_ratings',
  {
    id: text('id').primaryKey(),
    clientId: text('client_id')
      .notNull()
      .references(() => clients.id),
    ratedOn: text('rated_on').notNull(),
    framework: text('framework', { enum: ['blueprint', 'cdi', 'scaling'] }).notNull(),
    /** The competency's key within its framework, or the scaling question's words. */
    competency: text('competency').notNull(),
    scale: text('scale', { enum: ['levels-1-4', 'scaling-1-10'] }).notNull(),
    rating: integer('rating').notNull(),
    source: text('source', { enum: ['interview', 'self-assessment'] }).notNull(),
    interviewId: text('interview_id').references(() => interviews.id),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('competency_ratings_client').on(table.clientId, table.ratedOn)],
);
