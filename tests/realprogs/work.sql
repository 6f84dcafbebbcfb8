-- Real work for the sqlite3 shell under xlat, on a file database.
PRAGMA journal_mode = DELETE;
CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INTEGER, city TEXT);
CREATE TABLE visit (person_id INTEGER REFERENCES person(id), day TEXT, amount REAL);
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO person (name, age, city)
  SELECT 'person' || i, 18 + (i * 37) % 60, CASE i % 4 WHEN 0 THEN 'Oslo' WHEN 1 THEN 'Lima' WHEN 2 THEN 'Pune' ELSE 'Kyiv' END
  FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
INSERT INTO visit SELECT 1 + (i * 7919) % 2000, date('2023-01-01', '+' || (i % 365) || ' days'), (i % 1000) / 10.0 FROM n;
COMMIT;
CREATE INDEX visit_person ON visit(person_id);
.headers on
.mode column
SELECT city, count(*) AS people, avg(age) AS mean_age, min(age), max(age) FROM person GROUP BY city ORDER BY city;
SELECT p.city, round(sum(v.amount), 2) AS total, count(v.day) AS visits
  FROM person p JOIN visit v ON v.person_id = p.id GROUP BY p.city ORDER BY total DESC;
.mode list
SELECT name, age FROM person WHERE age > 70 ORDER BY age DESC, name LIMIT 5;
SELECT strftime('%m', day) AS month, count(*) FROM visit GROUP BY month ORDER BY month LIMIT 4;
UPDATE person SET age = age + 1 WHERE city = 'Oslo';
DELETE FROM visit WHERE amount < 1;
SELECT changes(), total_changes() > 0;
SELECT count(*), sum(amount) FROM visit;
SELECT group_concat(name, '|') FROM (SELECT name FROM person ORDER BY id DESC LIMIT 3);
SELECT printf('%08.3f %s %d', 3.14159, upper('abc'), length(hex(randomblob(0)))), json_object('a', 1, 'b', json_array(1, 2));
PRAGMA integrity_check;
VACUUM;
SELECT page_count * page_size > 0 FROM pragma_page_count(), pragma_page_size();
