--TEST--
Table: a string longer than its column is cut to the column's size with a warning (Swoole 6); sizes round up to 8 bytes
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Table;

$t = new Table(8);
$t->column('s8', Table::TYPE_STRING, 8);
$t->column('s5', Table::TYPE_STRING, 5);
$t->column('n', Table::TYPE_INT);
$t->create();
var_dump($t->set('fits', ['s8' => '12345678', 's5' => '12345678', 'n' => 1]));
var_dump($t->get('fits'));
var_dump($t->set('long', ['s8' => str_repeat('x', 20), 'n' => 2]));
var_dump($t->get('long'));
/* the neighbouring column is untouched by the long value */
var_dump($t->update('long', ['s5' => "a\0b"]), $t->get('long', 's5'), $t->get('long', 'n'));
/* a compare with the longer string never matches what was stored */
var_dump($t->cmpset('long', ['s8' => str_repeat('x', 20)], ['n' => 3]), $t->get('long', 'n'));
var_dump($t->cmpset('long', ['s8' => str_repeat('x', 8)], ['n' => 3]), $t->get('long', 'n'));
?>
--EXPECTF--
bool(true)
array(3) {
  ["s8"]=>
  string(8) "12345678"
  ["s5"]=>
  string(8) "12345678"
  ["n"]=>
  int(1)
}

Warning: WServer\Table::set(): [key=long,field=s8]string value is too long: 20 bytes, the column holds 8; cut to its size in %s on line %d
bool(true)
array(3) {
  ["s8"]=>
  string(8) "xxxxxxxx"
  ["s5"]=>
  string(0) ""
  ["n"]=>
  int(2)
}
bool(true)
string(3) "a%0b"
int(2)
bool(false)
int(2)
bool(true)
int(3)
