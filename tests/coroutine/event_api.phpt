--TEST--
Event: defer() runs on the next round in order, cycle() every round, add/set/isset/del watch descriptors with callbacks; at the top of a script they run when it ends, as Swoole
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine;
use WServer\Event;

WServer\Coroutine\run(function () {
    Event::defer(function () { echo "defer 1\n"; Event::defer(fn () => print("defer 3 (next round)\n")); });
    Event::defer(function () { echo "defer 2\n"; });
    echo "defers queued\n";
    Coroutine::sleep(0.01);

    $rounds = 0;
    Event::cycle(function () use (&$rounds) { $rounds++; });
    Coroutine::sleep(0.01);
    Coroutine::sleep(0.01);
    var_dump(Event::cycle(null), $rounds >= 2, Event::cycle(null));

    [$a, $b] = stream_socket_pair(STREAM_PF_UNIX, STREAM_SOCK_STREAM, 0);
    stream_set_blocking($a, false);
    $got = '';
    $fd = Event::add($a, function ($sock) use (&$got, $a) {
        $got .= fread($sock, 100);
        if ($got === 'ping') {
            Event::del($a);
        }
    });
    var_dump(is_int($fd), Event::isset($a), Event::isset($fd, WSERVER_EVENT_READ), Event::isset($a, WSERVER_EVENT_WRITE));
    var_dump(@Event::add($a, fn () => 1));
    fwrite($b, 'pi');
    Coroutine::sleep(0.02);
    fwrite($b, 'ng');
    Coroutine::sleep(0.02);
    echo "read by the callback: $got, still watched: ", var_export(Event::isset($a), true), "\n";

    $writable = 0;
    Event::add($b, null, function ($sock) use (&$writable) {
        if (++$writable === 1) {
            Event::set($sock, null, null, WSERVER_EVENT_READ); /* no read callback: not watched */
        }
    }, WSERVER_EVENT_WRITE);
    Coroutine::sleep(0.02);
    var_dump($writable, Event::isset($b, WSERVER_EVENT_WRITE), Event::del($b), Event::del($b));
    var_dump(@Event::add('nope', fn () => 1));
});
// at the top of a script: runs once the script ends
Event::defer(function () { echo "deferred at the top, ran at the end\n"; });
echo "script ends\n";
?>
--EXPECT--
defers queued
defer 1
defer 2
defer 3 (next round)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
read by the callback: ping, still watched: false
int(1)
bool(false)
bool(true)
bool(false)
bool(false)
script ends
deferred at the top, ran at the end
