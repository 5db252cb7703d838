-- The two databases: what analysts may read, and the restricted one holding encrypted raw text.
-- Split so that access is granted per database (GRANT SELECT ON {database}.*).
CREATE DATABASE IF NOT EXISTS {database};
CREATE DATABASE IF NOT EXISTS {restricted_database};
