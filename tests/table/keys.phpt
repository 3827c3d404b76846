--TEST--
Table: keys of 1..63 bytes; an empty or a longer key is refused with a warning by every method
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Table;

$t = new Table(8);
$t->column('n', Table::TYPE_INT);
$t->create();
$k63 = str_repeat('k', 63);
$k64 = str_repeat('k', 64);
var_dump($t->set($k63, ['n' => 63]), $t->get($k63, 'n'));
foreach ($t as $key => $row) {
    var_dump(strlen($key), $row);
}
var_dump($t->set($k64, ['n' => 1]));
var_dump($t->get($k64));
var_dump($t->exists($k64));
var_dump($t->del($k64));
var_dump($t->incr($k64, 'n'));
var_dump($t->set('', ['n' => 1]));
/* binary keys are keys like any other */
var_dump($t->set("a\0b", ['n' => 2]), $t->get("a\0b", 'n'), $t->exists("a\0c"), count($t));
?>
--EXPECTF--
bool(true)
int(63)
int(63)
array(1) {
  ["n"]=>
  int(63)
}

Warning: WServer\Table::set(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: WServer\Table::get(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: WServer\Table::exists(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: WServer\Table::del(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: WServer\Table::incr(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: WServer\Table::set(): key must not be empty in %s on line %d
bool(false)
bool(true)
int(2)
bool(false)
int(2)
