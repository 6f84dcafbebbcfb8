-- sqlite3 shell workout for tests/arm64/run (file database: the test runs
-- this, then queries the database again in a second process).
.headers on
.mode list
create table dept(id integer primary key, name text unique not null);
create table emp(id integer primary key, name text, dept integer references dept(id),
                 salary real, hired text);
insert into dept(name) values ('eng'), ('ops'), ('sales'), ('legal');
with recursive n(i) as (select 1 union all select i + 1 from n where i < 3000)
insert into emp(name, dept, salary, hired)
  select printf('emp%04d', i), 1 + (i * 7) % 4, 30000 + (i * 7919) % 90000 + (i % 100) / 100.0,
         date('2000-01-01', '+' || ((i * 37) % 8000) || ' days')
  from n;
create index emp_dept on emp(dept, salary);
select d.name, count(*), round(avg(e.salary), 2), min(e.hired), max(e.hired)
  from emp e join dept d on d.id = e.dept group by d.name order by d.name;
select name, salary, rank() over (partition by dept order by salary desc) as r
  from emp where dept = 2 order by r limit 5;
select strftime('%Y', hired) as y, count(*) from emp group by y having count(*) > 160 order by y;
select group_concat(name, ';') from (select name from emp where salary > 119000 order by name);
.mode csv
select id, name, salary from emp where id % 500 = 0;
.mode column
select typeof(1), typeof(1.5), typeof('x'), typeof(x'00ff'), hex(zeroblob(2)), 7 / 2, 7 / 2.0, 1e308 * 10;
select json_group_array(json_object('d', name, 'n', length(name))) from dept;
select substr('grüße', 2, 3), upper('abc'), instr('hello', 'll'), replace('aaa', 'a', 'bb'), printf('%8.3f|%-6s|%x', 3.14159, 'ab', 255);
pragma integrity_check;
update emp set salary = salary * 1.1 where dept = 3;
delete from emp where id % 3 = 0;
select count(*), round(sum(salary), 2) from emp;
