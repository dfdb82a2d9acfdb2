CREATE TABLE half_done_table (id integer PRIMARY KEY);
SELECT no_such_function();
