-- The revision of a roadmap's whole document (issue 10): raised by one in the same transaction as every write of
-- the roadmap or of anything in its tree (RoadmapRevisions, from the audit listener), so a document encoded at one
-- revision may be served again for as long as the database shows that revision. Not mapped by JPA.
ALTER TABLE roadmap ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;
