--TEST--
Lock: a process killed (SIGKILL) while holding the mutex does not block the others: the next locker gets it, with a warning
--EXTENSIONS--
wserver
pcntl
posix
--FILE--
<?php
use WServer\Lock;

$lock = new Lock(Lock::MUTEX);
[$mine, $theirs] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
stream_set_timeout($mine, 10);

$holder = pcntl_fork();
if ($holder === 0) {
    pcntl_alarm(30);
    $lock->lock();
    fwrite($theirs, "holder: locked\n");
    sleep(30);
    exit(0);
}
echo fgets($mine);

$waiter = pcntl_fork();
if ($waiter === 0) {
    pcntl_alarm(10); /* a waiter that never gets the lock dies here instead of hanging */
    set_error_handler(function (int $no, string $msg) use ($theirs) {
        fwrite($theirs, "waiter: warning: $msg\n");
        return true;
    });
    fwrite($theirs, "waiter: waiting\n");
    $ok = $lock->lock();
    fwrite($theirs, "waiter: lock() = " . var_export($ok, true) . "\n");
    fwrite($theirs, "waiter: unlock() = " . var_export($lock->unlock(), true) . "\n");
    exit(0);
}
echo fgets($mine);
echo "trylock while held: ", var_export($lock->trylock(), true), "\n";
posix_kill($holder, SIGKILL);
pcntl_waitpid($holder, $status);
echo "holder killed by signal ", pcntl_wtermsig($status), "\n";
echo fgets($mine), fgets($mine), fgets($mine);
pcntl_waitpid($waiter, $status);
echo "waiter exit: ", pcntl_wexitstatus($status), "\n";
echo "lock() here: ", var_export($lock->lock(), true), "\n";
echo "unlock() here: ", var_export($lock->unlock(), true), "\n";

/* a holder that dies with nobody waiting: the next lock() here takes it over */
$holder = pcntl_fork();
if ($holder === 0) {
    $lock->lock();
    posix_kill(posix_getpid(), SIGKILL);
}
pcntl_waitpid($holder, $status);
var_dump($lock->lock(), $lock->unlock());

/* a holder that ends on an uncaught exception (its objects freed first, then the exit) */
$holder = pcntl_fork();
if ($holder === 0) {
    fclose(STDOUT);
    fclose(STDERR);
    $lock->lock();
    throw new RuntimeException('inside the critical section');
}
pcntl_waitpid($holder, $status);
echo "exit: ", pcntl_wexitstatus($status), "\n";
var_dump($lock->lockwait(5), $lock->unlock());
?>
--EXPECTF--
holder: locked
waiter: waiting
trylock while held: false
holder killed by signal 9
waiter: warning: WServer\Lock::lock(): a process died holding the lock; it is taken over (what it guarded may be half written)
waiter: lock() = true
waiter: unlock() = true
waiter exit: 0
lock() here: true
unlock() here: true

Warning: WServer\Lock::lock(): a process died holding the lock; it is taken over (what it guarded may be half written) in %s on line %d
bool(true)
bool(true)
exit: 255

Warning: WServer\Lock::lockwait(): a process died holding the lock; it is taken over (what it guarded may be half written) in %s on line %d
bool(true)
bool(true)
