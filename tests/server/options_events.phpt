--TEST--
Server: set() warns about unknown options and wrong types and keeps the rest in $setting; on() refuses unknown events; constants exist globally and on the class; start() warns about events that do not fire yet
--EXTENSIONS--
wserver
--FILE--
<?php
$s = new WServer\Server('127.0.0.1', 9501, WSERVER_PROCESS, WSERVER_SOCK_TCP);
var_dump(WServer\Server::BASE === WSERVER_BASE, WServer\Server::SOCK_UNIX_STREAM === WSERVER_SOCK_UNIX_STREAM);
var_dump($s->set(['worker_num' => 4, 'daemonize' => 1, 'wroker_num' => 2, 'max_wait_time' => 'long']));
var_dump($s->set(['log_level' => 1]));
var_dump($s->setting);
var_dump($s->on('receive', fn () => null), $s->on('Task', fn () => null));
try {
    $s->on('recieve', fn () => null);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump($s->getCallback('RECEIVE') instanceof Closure, $s->getCallback('close'));
$port = $s->addListener('127.0.0.1', 9502);
var_dump($port instanceof WServer\Server\Port, $s->ports === [$port], $port->set(['open_http_protocol' => false]), $port->set(['worker_num' => 3]), $port->setting);
try {
    new WServer\Server('127.0.0.1', 9501, 7);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$u = new WServer\Http\Server('127.0.0.1', 9501, WSERVER_BASE, WSERVER_SOCK_UDP);
try {
    $u->start();
} catch (WServer\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
?>
--EXPECTF--
bool(true)
bool(true)

Warning: WServer\Server::set(): unknown option "wroker_num" in %s on line %d

Warning: WServer\Server::set(): option "max_wait_time" must be int or float, string given in %s on line %d
bool(false)

Warning: WServer\Server::set(): option "log_level" is not supported yet: ignored in %s on line %d
bool(true)
array(3) {
  ["worker_num"]=>
  int(4)
  ["daemonize"]=>
  int(1)
  ["log_level"]=>
  int(1)
}
bool(true)
bool(true)
ValueError: WServer\Server::on(): Argument #1 ($eventName) is not a server event: "recieve"
bool(true)
NULL

Warning: WServer\Server\Port::set(): option "worker_num" is not supported on a port (only open_http_protocol and open_websocket_protocol) in %s on line %d
bool(true)
bool(true)
bool(true)
bool(false)
array(1) {
  ["open_http_protocol"]=>
  bool(false)
}
WServer\Server::__construct(): Argument #3 ($mode) must be WSERVER_BASE or WSERVER_PROCESS
WServer\Exception: a http server cannot run over UDP
