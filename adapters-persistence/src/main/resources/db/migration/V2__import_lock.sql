-- V2: one row that imports lock while they write, so that two processes importing into the same database (a
-- shared PostgreSQL server) write one after the other: each then sees what the other stored (response-id
-- sequences, short keys) instead of both taking the same next number.
create table import_lock (
    id integer not null primary key,
    constraint import_lock_single check (id = 1)
);

insert into import_lock (id) values (1);
