--TEST--
Lock: MUTEX, RWLOCK and SPINLOCK across processes; lock(LOCK_NB), time-outs and errCode; Swoole 5's trylock/lockwait/lock_read
--EXTENSIONS--
wserver
pcntl
--FILE--
<?php
use WServer\Lock;

var_dump(Lock::RWLOCK === WSERVER_RWLOCK, Lock::MUTEX === WSERVER_MUTEX, Lock::SPINLOCK === WSERVER_SPINLOCK);

/* run $fn in a child and print what it returns */
function in_child(callable $fn): void
{
    $pid = pcntl_fork();
    if ($pid === 0) {
        pcntl_alarm(10);
        echo "  child: ", $fn(), "\n";
        exit(0);
    }
    pcntl_waitpid($pid, $status);
}

echo "MUTEX\n";
$m = new Lock();
var_dump($m->lock());
in_child(fn () => var_export([$m->trylock(), $m->errCode, $m->lock(LOCK_EX | LOCK_NB)], true));
var_dump($m->lockwait(0.05), $m->errCode);
var_dump($m->lock(LOCK_EX, 0.05), $m->errCode);
var_dump($m->unlock(), $m->unlock(), $m->errCode);
in_child(fn () => var_export([$m->trylock(), $m->unlock()], true));

echo "RWLOCK\n";
$rw = new Lock(Lock::RWLOCK);
var_dump($rw->lock_read());
/* readers share it (each child lets its read lock go: a readers-writer lock is not robust) */
in_child(fn () => 'read: ' . var_export($rw->trylock_read(), true) . ', write: ' . var_export($rw->trylock(), true) . ', unlock: ' . var_export($rw->unlock(), true));
in_child(fn () => 'lock(LOCK_SH | LOCK_NB): ' . var_export($rw->lock(LOCK_SH | LOCK_NB), true) . ', unlock: ' . var_export($rw->unlock(), true) . ', lock(LOCK_EX, 0.05): ' . var_export($rw->lock(LOCK_EX, 0.05), true) . ' ' . $rw->errCode);
var_dump($rw->unlock());
var_dump($rw->lock());
in_child(fn () => 'read: ' . var_export($rw->trylock_read(), true));
var_dump($rw->unlock());

echo "SPINLOCK\n";
$s = new Lock(Lock::SPINLOCK);
var_dump($s->lock());
in_child(fn () => var_export([$s->trylock(), $s->lock(LOCK_EX, 0.05), $s->errCode], true));
var_dump($s->unlock(), $s->trylock(), $s->unlock());

try {
    new Lock(2);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
MUTEX
bool(true)
  child: array (
  0 => false,
  1 => 16,
  2 => false,
)
bool(false)
int(110)
bool(false)
int(110)
bool(true)
bool(false)
int(1)
  child: array (
  0 => true,
  1 => true,
)
RWLOCK
bool(true)
  child: read: true, write: false, unlock: true
  child: lock(LOCK_SH | LOCK_NB): true, unlock: true, lock(LOCK_EX, 0.05): false 110
bool(true)
bool(true)
  child: read: false
bool(true)
SPINLOCK
bool(true)
  child: array (
  0 => false,
  1 => false,
  2 => 110,
)
bool(true)
bool(true)
bool(true)
WServer\Lock::__construct(): Argument #1 ($type) must be Lock::MUTEX, Lock::RWLOCK or Lock::SPINLOCK, 2 given
