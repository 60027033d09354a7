-- The information material is also produced as a PDF (issue 18): its production is recorded with its format.
alter table material_production drop constraint material_production_format;
alter table material_production add constraint material_production_format
    check (file_format in ('HTML', 'MARKDOWN', 'PDF'));
