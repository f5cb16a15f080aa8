-- A programme's reporting calendar: a check-in every reporting_interval_months for reporting_months after
-- each cohort, due reporting_grace_days after the period ends. All three empty: no calendar set.
ALTER TABLE programme ADD COLUMN reporting_interval_months INTEGER;
ALTER TABLE programme ADD COLUMN reporting_months INTEGER;
ALTER TABLE programme ADD COLUMN reporting_grace_days INTEGER;
ALTER TABLE programme ADD CONSTRAINT ck_programme_reporting_interval CHECK (reporting_interval_months BETWEEN 1 AND 12);
ALTER TABLE programme ADD CONSTRAINT ck_programme_reporting_months CHECK (reporting_months BETWEEN 1 AND 60);
ALTER TABLE programme ADD CONSTRAINT ck_programme_reporting_grace CHECK (reporting_grace_days BETWEEN 0 AND 120);
ALTER TABLE programme ADD CONSTRAINT ck_programme_reporting_whole CHECK (
    (reporting_interval_months IS NULL AND reporting_months IS NULL AND reporting_grace_days IS NULL)
    OR (reporting_interval_months IS NOT NULL AND reporting_months IS NOT NULL AND reporting_grace_days IS NOT NULL));
