--TEST--
Coroutine\System: readFile/writeFile in a helper thread, name lookups, exec, waitPid/wait, waitSignal, waitEvent, statvfs; each also on Coroutine; failures in last_error()
--EXTENSIONS--
wserver
pcntl
posix
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\System;
use function WServer\go;
use function WServer\last_error;

WServer\Coroutine\run(function () {
    $f = tempnam(sys_get_temp_dir(), 'wsys');
    // the read suspends: a coroutine started meanwhile runs before it returns
    $order = [];
    go(function () use (&$order) { $order[] = 'other'; });
    var_dump(System::writeFile($f, 'hello'), System::writeFile($f, ' world', FILE_APPEND | WSERVER_FILE_LOCK));
    $c = go(function () use ($f, &$order) { $order[] = 'read: ' . Coroutine::readFile($f, WSERVER_FILE_LOCK); });
    $order[] = 'after go';
    Coroutine::join([$c]);
    echo implode(' | ', $order), "\n";
    var_dump(System::writeFile($f, 'x'), System::readFile($f));
    var_dump(@System::readFile(__DIR__ . '/no/such/file'), last_error() === SOCKET_ENOENT);
    unlink($f);

    var_dump(System::gethostbyname('localhost'), Coroutine::dnsLookup('localhost', 5));
    var_dump(in_array('127.0.0.1', System::getaddrinfo('localhost'), true));
    var_dump(System::dnsLookup('no-such-host.invalid', 5), last_error() === WSERVER_ERROR_DNSLOOKUP_RESOLVE_FAILED);
    var_dump(@System::gethostbyname(''), @System::gethostbyname('localhost', 99));

    var_dump(System::exec('echo out; echo err >&2; exit 3', true));
    $r = Coroutine::exec('kill -TERM $$');
    echo "exec killed: code {$r['code']}, signal {$r['signal']}\n";

    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(50000);
        exit(7);
    }
    $w = System::waitPid($pid, 5);
    var_dump($w === ['pid' => $pid, 'code' => 7, 'signal' => 0]);
    $pid = pcntl_fork();
    if ($pid === 0) {
        usleep(20000);
        posix_kill(posix_getpid(), SIGKILL);
    }
    $w = System::wait(5);
    var_dump($w === ['pid' => $pid, 'code' => 0, 'signal' => SIGKILL]);
    var_dump(System::wait(1), last_error() === PCNTL_ECHILD);

    go(function () { Coroutine::sleep(0.02); posix_kill(posix_getpid(), SIGUSR2); });
    var_dump(System::waitSignal([SIGUSR1, SIGUSR2], 5) === SIGUSR2);
    var_dump(System::waitSignal(SIGUSR1, 0.01), last_error() === SOCKET_ETIMEDOUT);
    var_dump(@System::waitSignal([SIGKILL]));

    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    var_dump(System::waitEvent($a, WSERVER_EVENT_WRITE) === WSERVER_EVENT_WRITE);
    go(function () use ($b) { Coroutine::sleep(0.02); fwrite($b, 'x'); });
    var_dump(System::waitEvent($a, WSERVER_EVENT_READ, 5) === WSERVER_EVENT_READ, fread($a, 1));
    var_dump(System::waitEvent($a, WSERVER_EVENT_READ, 0.01));

    $s = System::statvfs('/');
    var_dump($s['bsize'] > 0 && isset($s['bavail'], $s['namemax']));
    var_dump(System::sleep(0.001));
});
try {
    System::readFile(__FILE__);
} catch (WServer\Exception $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
int(5)
int(6)
other | after go | read: hello world
int(1)
string(1) "x"
bool(false)
bool(true)
string(9) "127.0.0.1"
string(9) "127.0.0.1"
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
array(3) {
  ["code"]=>
  int(3)
  ["signal"]=>
  int(0)
  ["output"]=>
  string(8) "out
err
"
}
exec killed: code 0, signal 15
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
string(1) "x"
bool(false)
bool(true)
bool(true)
WServer\Coroutine\System::readFile() must be called in a coroutine: a worker callback, go() or WServer\Coroutine\run()
