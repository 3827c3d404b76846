--TEST--
Worker: invalid socket names are rejected in the constructor with a clear error
--EXTENSIONS--
wserver
--FILE--
<?php
foreach (['nonsense', 'bogus://127.0.0.1:80', 'tcp://127.0.0.1', 'tcp://127.0.0.1:99999', 'tcp://:80', 'unix://'] as $name) {
    try {
        new WServer\Worker($name);
        echo "$name: accepted\n";
    } catch (ValueError $e) {
        echo $e->getMessage(), "\n";
    }
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
WServer\Worker::__construct(): Argument #1 ($socketName) invalid socket name "nonsense": expected scheme://address
WServer\Worker::__construct(): Argument #1 ($socketName) unsupported scheme "bogus" in "bogus://127.0.0.1:80"
WServer\Worker::__construct(): Argument #1 ($socketName) missing port in "tcp://127.0.0.1"
WServer\Worker::__construct(): Argument #1 ($socketName) invalid port in "tcp://127.0.0.1:99999"
WServer\Worker::__construct(): Argument #1 ($socketName) invalid host in "tcp://:80"
WServer\Worker::__construct(): Argument #1 ($socketName) invalid unix socket path in "unix://"
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
int(2)
dynamic properties are allowed, as in Workerman
