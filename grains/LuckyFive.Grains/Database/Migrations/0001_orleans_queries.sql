-- The query catalogue of Orleans' ADO.NET providers. Clustering, grain storage and reminders run no SQL of their
-- own: at start-up each provider reads the text of every query it needs from this table by key, and refuses to
-- start when a key is missing. Later migrations add the tables and register their queries here.
--
-- Names are unquoted, so PostgreSQL folds them to lower case; Orleans' own bootstrap query
-- ("SELECT QueryKey, QueryText FROM OrleansQuery") is unquoted too and finds them.

CREATE TABLE OrleansQuery
(
    QueryKey  varchar(64) NOT NULL,
    QueryText text        NOT NULL,

    CONSTRAINT PK_OrleansQuery PRIMARY KEY (QueryKey),
    CONSTRAINT CK_OrleansQuery_QueryKey_NotBlank CHECK (btrim(QueryKey) <> ''),
    CONSTRAINT CK_OrleansQuery_QueryText_NotBlank CHECK (btrim(QueryText) <> '')
);

COMMENT ON TABLE OrleansQuery IS
    'SQL text of every query the Orleans ADO.NET providers run, by key. Read once at provider start-up; '
    'change a query only through a new migration.';
