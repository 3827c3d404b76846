--TEST--
Table and Lock under wserver.aliases=swoole: Swoole\Table, Swoole\Lock, SWOOLE_MUTEX...; messages name Swoole's classes
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
var_dump(SWOOLE_MUTEX === Swoole\Lock::MUTEX, SWOOLE_RWLOCK, SWOOLE_SPINLOCK);
$t = new Swoole\Table(8);
$t->column('id', Swoole\Table::TYPE_INT);
$t->create();
var_dump($t->set(str_repeat('a', 64), ['id' => 1]));
var_dump($t->incr('k', 'nope'));
try {
    $t->__construct(1);
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
var_dump($t instanceof Swoole\Table, get_class($t));

$l = new Swoole\Lock(SWOOLE_MUTEX);
var_dump($l->lock(), $l->lock(LOCK_EX | LOCK_NB), $l->unlock());
/* Swoole's classes are not final: an app may extend them */
class Counters extends Swoole\Table {}
$c = new Counters(8);
$c->column('n', Swoole\Table::TYPE_INT);
$c->create();
var_dump($c->incr('x', 'n', 2));
?>
--EXPECTF--
bool(true)
int(1)
int(5)

Warning: Swoole\Table::set(): key length exceeds the limit of 63 bytes in %s on line %d
bool(false)

Warning: Swoole\Table::incr(): column[nope] does not exist in %s on line %d
bool(false)
Constructor of Swoole\Table can only be called once
bool(true)
string(12) "Swoole\Table"
bool(true)
bool(false)
bool(true)
int(2)
