--TEST--
Worker: the constructor keeps any socket name (a bad one is reported when runAll() starts) and sets socket, transport and protocol from a good one
--EXTENSIONS--
wserver
--FILE--
<?php
// as in Workerman, the constructor keeps any name: runAll() reports a bad one when it starts
// (tests/config), so that stop, status... still work with such a script
foreach (['nonsense', 'bogus://127.0.0.1:80', 'tcp://127.0.0.1', 'tcp://127.0.0.1:99999', 'tcp://:80', 'unix://'] as $name) {
    $bad = new WServer\Worker($name);
    echo "$name: kept as {$bad->socket}, protocol ", var_export($bad->protocol, true), "\n";
}
$w = new WServer\Worker('text://127.0.0.1:1234');
var_dump($w->socket, $w->transport, $w->protocol, $w->count, $w->name, $w->id, $w->reloadable, $w->reusePort);
$u = new WServer\Worker('unix:///tmp/x.sock');
var_dump($u->transport, $u->protocol);
var_dump(count(WServer\Worker::getAllWorkers()));
$w->anything = 'dynamic properties are allowed, as in Workerman';
echo $w->anything, "\n";
?>
--EXPECT--
nonsense: kept as nonsense, protocol NULL
bogus://127.0.0.1:80: kept as bogus://127.0.0.1:80, protocol NULL
tcp://127.0.0.1: kept as tcp://127.0.0.1, protocol NULL
tcp://127.0.0.1:99999: kept as tcp://127.0.0.1:99999, protocol NULL
tcp://:80: kept as tcp://:80, protocol NULL
unix://: kept as unix://, protocol NULL
string(21) "text://127.0.0.1:1234"
string(3) "tcp"
string(22) "WServer\Protocols\Text"
int(1)
string(4) "none"
int(0)
bool(true)
bool(false)
string(4) "unix"
NULL
int(8)
dynamic properties are allowed, as in Workerman
