--TEST--
wserver.aliases=swoole: a Table column named twice and a string cut to its column are Swoole's log lines on stdout ("[date *pid.0]\tWARNING\t..."), in Swoole's words, not PHP warnings; log_level above WARNING hides them
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
$t = new Swoole\Table(8);
var_dump($t->column('id', Swoole\Table::TYPE_INT));
var_dump($t->column('id', Swoole\Table::TYPE_STRING, 8));
$t->column('name', Swoole\Table::TYPE_STRING, 8);
$t->create();
var_dump($t->set('k', ['id' => 7, 'name' => 'abcdefghijklmnop']));
var_dump($t->get('k'));
Swoole\Coroutine::set(['log_level' => SWOOLE_LOG_ERROR]);
var_dump($t->set('quiet', ['name' => 'abcdefghijklmnop']), $t->get('quiet', 'name'));
?>
--EXPECTF--
bool(true)
[%d-%d-%d %d:%d:%d *%d.0]	WARNING	Table::add_column(): column[id] already exists
bool(false)
[%d-%d-%d %d:%d:%d *%d.0]	WARNING	table_marshal_values(): [key=k,field=name]string value is too long
bool(true)
array(2) {
  ["id"]=>
  int(7)
  ["name"]=>
  string(8) "abcdefgh"
}
bool(true)
string(8) "abcdefgh"
