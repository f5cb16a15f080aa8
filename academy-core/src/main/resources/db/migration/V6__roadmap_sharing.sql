-- Peer learning: a delegation may share its roadmap read-only with the other delegations of its cohort.
ALTER TABLE roadmap ADD COLUMN shared_with_cohort BOOLEAN DEFAULT FALSE NOT NULL;
