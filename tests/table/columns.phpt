--TEST--
Table: column() refuses a bad type, a duplicate name, a string of size 0 and a column after create(); use before create() throws
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Table;

var_dump(Table::TYPE_INT, Table::TYPE_FLOAT, Table::TYPE_STRING);
$t = new Table(8);
var_dump($t->column('id', 9));
var_dump($t->column('id', Table::TYPE_INT));
var_dump($t->column('id', Table::TYPE_FLOAT));
var_dump($t->column('s', Table::TYPE_STRING));
var_dump($t->column('s', Table::TYPE_STRING, -4));
var_dump($t->getMemorySize(), $t->memorySize, $t->stats(), count($t));
try {
    $t->set('k', ['id' => 1]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($t->create(), $t->getMemorySize() > 0, $t->memorySize === $t->getMemorySize(), $t->size);
var_dump($t->column('late', Table::TYPE_INT));
var_dump($t->set('k', ['id' => 5, 'late' => 6]), $t->get('k'));
try {
    new Table(-1);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    $t->__construct(8);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t->destroy());
try {
    $t->get('k');
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t->stats(), count($t));
?>
--EXPECTF--
int(1)
int(2)
int(3)

Warning: WServer\Table::column(): unknown column type 9 for column[id]: use Table::TYPE_INT, TYPE_FLOAT or TYPE_STRING in %s on line %d
bool(false)
bool(true)

Warning: WServer\Table::column(): column[id] already exists in %s on line %d
bool(false)

Warning: WServer\Table::column(): the length of string type values has to be more than zero in %s on line %d
bool(false)

Warning: WServer\Table::column(): the length of string type values has to be more than zero in %s on line %d
bool(false)
int(0)
NULL
bool(false)
int(0)
Error: WServer\Table: the table is not created or has been destroyed
bool(true)
bool(true)
bool(true)
int(64)

Warning: WServer\Table::column(): unable to add column after table has been created in %s on line %d
bool(false)
bool(true)
array(1) {
  ["id"]=>
  int(5)
}
WServer\Table::__construct(): Argument #1 ($table_size) must be greater than or equal to 0
Constructor of WServer\Table can only be called once
bool(true)
WServer\Table: must call constructor first
bool(false)
int(0)
