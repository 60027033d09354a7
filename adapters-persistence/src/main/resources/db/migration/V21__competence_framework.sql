-- V21: the competence framework a project imported (without one, the standard framework built into the software
-- applies). One row per competence, in the framework's order; an area's names are repeated on each of its rows.
-- Portable SQL for H2 2.x and PostgreSQL 15+; no reserved words as names (the order is position_in_framework).

create table competence (
    competence_key        varchar(40)  not null primary key,
    position_in_framework integer      not null,
    area_key              varchar(40)  not null,
    area_name_sv          varchar(200) not null,
    area_name_en          varchar(200) not null,
    name_sv               varchar(200) not null,
    name_en               varchar(200) not null,
    constraint competence_position unique (position_in_framework)
);
