--TEST--
Table: foreach gives key => row; Countable; add/update/getdel/cmpdel; incr/decr of ints and floats; stats
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Table;

$t = new Table(1024);
$t->column('id', Table::TYPE_INT);
$t->column('name', Table::TYPE_STRING, 32);
$t->column('score', Table::TYPE_FLOAT);
$t->create();
for ($i = 0; $i < 300; $i++) {
    $t->set("user$i", ['id' => $i, 'name' => "name$i", 'score' => $i / 2]);
}
$seen = [];
foreach ($t as $key => $row) {
    if ($row !== ['id' => (int) substr($key, 4), 'name' => "name" . substr($key, 4), 'score' => substr($key, 4) / 2.0]) {
        echo "bad row $key\n";
    }
    $seen[$key] = true;
}
var_dump(count($seen), count($t), $t->count(COUNT_RECURSIVE));
$t->del('user7');
$n = 0;
foreach ($t as $key => $row) {
    $n++;
    if ($key === 'user7') {
        echo "deleted row seen\n";
    }
}
var_dump($n, iterator_count($t));
$t->rewind();
var_dump($t->valid(), is_string($t->key()), is_array($t->current()));

var_dump($t->add('user1', ['id' => 0]), $t->add('new', ['id' => 9]), $t->get('new'));
var_dump($t->update('missing', ['id' => 1]), $t->update('new', ['score' => 1.5]), $t->get('new', 'score'));
var_dump($t->getdel('new', 'id'), $t->exists('new'), $t->getdel('new'));
var_dump($t->cmpdel('user1', ['id' => 2]), $t->cmpdel('user1', ['id' => 1, 'name' => 'name1']), $t->exists('user1'));
var_dump($t->incr('c', 'id', 5), $t->decr('c', 'id', 7), $t->incr('c', 'score', 0.25), $t->decr('c', 'score'));
var_dump($t->incr('c', 'nope'));
var_dump($t->incr('c', 'name'));
$s = $t->stats();
var_dump($s['num'], $s['delete_count'], $s['num'] === count($t));
?>
--EXPECTF--
int(300)
int(300)
int(900)
int(299)
int(299)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
array(3) {
  ["id"]=>
  int(9)
  ["name"]=>
  string(0) ""
  ["score"]=>
  float(0)
}
bool(false)
bool(true)
float(1.5)
int(9)
bool(false)
bool(false)
bool(false)
bool(true)
bool(false)
int(5)
int(-2)
float(0.25)
float(-0.75)

Warning: WServer\Table::incr(): column[nope] does not exist in %s on line %d
bool(false)

Warning: WServer\Table::incr(): can't execute 'incr' on a string type column in %s on line %d
bool(false)
int(299)
int(3)
bool(true)
