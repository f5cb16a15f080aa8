-- One platform, many programmes (issue 8): each programme names things in its own words (vocabulary),
-- tags its results with its own themes (the WPS pillars become the academy's tags), and a gathering (cohort)
-- may own a shared roadmap that delegations endorse, with actions assigned to member delegations.

CREATE TABLE programme_term (
    programme_id BIGINT       NOT NULL,
    term         VARCHAR(20)  NOT NULL,
    text_en      VARCHAR(100) NOT NULL,
    text_es      VARCHAR(100),
    text_pt      VARCHAR(100),
    text_fr      VARCHAR(100),
    CONSTRAINT pk_programme_term PRIMARY KEY (programme_id, term),
    CONSTRAINT fk_programme_term_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- Order matters (it is the order forms offer them in), so the key is the position; codes are unique per
-- programme by the domain's rule.
CREATE TABLE programme_tag (
    programme_id BIGINT       NOT NULL,
    tag_order    INTEGER      NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    label_en     VARCHAR(120) NOT NULL,
    label_es     VARCHAR(120),
    label_pt     VARCHAR(120),
    label_fr     VARCHAR(120),
    CONSTRAINT pk_programme_tag PRIMARY KEY (programme_id, tag_order),
    CONSTRAINT fk_programme_tag_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
);

-- The four pillars of resolution 1325 become the tags of every existing programme that used them.
INSERT INTO programme_tag (programme_id, tag_order, code, label_en, label_es, label_pt, label_fr)
SELECT programme_id, 0, pillar, 'Participation', 'Participación', 'Participação', 'Participation'
  FROM programme_pillar WHERE pillar = 'PARTICIPATION';
INSERT INTO programme_tag (programme_id, tag_order, code, label_en, label_es, label_pt, label_fr)
SELECT programme_id, 1, pillar, 'Prevention', 'Prevención', 'Prevenção', 'Prévention'
  FROM programme_pillar WHERE pillar = 'PREVENTION';
INSERT INTO programme_tag (programme_id, tag_order, code, label_en, label_es, label_pt, label_fr)
SELECT programme_id, 2, pillar, 'Protection', 'Protección', 'Proteção', 'Protection'
  FROM programme_pillar WHERE pillar = 'PROTECTION';
INSERT INTO programme_tag (programme_id, tag_order, code, label_en, label_es, label_pt, label_fr)
SELECT programme_id, 3, pillar, 'Relief and recovery', 'Socorro y recuperación', 'Socorro e recuperação', 'Secours et relèvement'
  FROM programme_pillar WHERE pillar = 'RELIEF_AND_RECOVERY';

DROP TABLE programme_pillar;

-- A node's tag is one of its programme's tag codes; a programme without tags leaves it empty.
ALTER TABLE result_node RENAME COLUMN pillar TO tag_code;
ALTER TABLE result_node ALTER COLUMN tag_code SET DATA TYPE VARCHAR(40);
ALTER TABLE result_node ALTER COLUMN tag_code DROP NOT NULL;

-- The academy's own words were the platform's defaults, so it needs no vocabulary rows.

-- A roadmap belongs to a cohort: through one of its delegations (a delegation's roadmap, as before) or
-- directly (the gathering's shared roadmap, e.g. an outcome document).
ALTER TABLE roadmap ADD COLUMN cohort_id BIGINT;
UPDATE roadmap SET cohort_id = (SELECT d.cohort_id FROM delegation d WHERE d.id = roadmap.delegation_id);
ALTER TABLE roadmap ALTER COLUMN cohort_id SET NOT NULL;
ALTER TABLE roadmap ALTER COLUMN delegation_id DROP NOT NULL;
ALTER TABLE roadmap ADD CONSTRAINT fk_roadmap_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id);
CREATE INDEX ix_roadmap_cohort ON roadmap (cohort_id);
-- When the gathering adopted its roadmap (null for a delegation's roadmap or one not yet adopted).
ALTER TABLE roadmap ADD COLUMN adopted_on DATE;

-- The delegations that endorsed a gathering's roadmap, and when.
CREATE TABLE roadmap_endorsement (
    roadmap_id    BIGINT NOT NULL,
    delegation_id BIGINT NOT NULL,
    endorsed_on   DATE   NOT NULL,
    CONSTRAINT pk_roadmap_endorsement PRIMARY KEY (roadmap_id, delegation_id),
    CONSTRAINT fk_roadmap_endorsement_roadmap FOREIGN KEY (roadmap_id) REFERENCES roadmap (id),
    CONSTRAINT fk_roadmap_endorsement_delegation FOREIGN KEY (delegation_id) REFERENCES delegation (id)
);
CREATE INDEX ix_roadmap_endorsement_delegation ON roadmap_endorsement (delegation_id);

-- An action of a shared roadmap may be assigned to one of the gathering's delegations (a partner
-- institution stays in responsible_institution).
ALTER TABLE result_node ADD COLUMN assigned_delegation_id BIGINT;
ALTER TABLE result_node ADD CONSTRAINT fk_result_node_assigned_delegation
    FOREIGN KEY (assigned_delegation_id) REFERENCES delegation (id);
CREATE INDEX ix_result_node_assigned_delegation ON result_node (assigned_delegation_id);
