--TEST--
Server: set() warns about unknown options and wrong types and keeps the rest in $setting; on() refuses unknown events and callbacks that are not callable (a warning and false at the call, as Swoole); constants exist globally and on the class; the constructor keeps a bad mode, type or port for start to report
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
var_dump($s->on('recieve', fn () => null), $s->on('timer', fn () => null));
var_dump($s->getCallback('RECEIVE') instanceof Closure, $s->getCallback('close'));
$port = $s->addListener('127.0.0.1', 9502);
var_dump($port instanceof WServer\Server\Port, $s->ports === [$port], $port->set(['open_http_protocol' => false]), $port->set(['worker_num' => 3]), $port->setting);
foreach (['not_a_function', [$s, 'nope'], 42] as $bad) {
    var_dump($s->on('receive', $bad), $port->on('connect', $bad));
}
var_dump($s->getCallback('receive') instanceof Closure, $port->getCallback('connect'));
// a bad mode, type or port is reported by start (tests/config), not by the constructor
$odd = new WServer\Server('127.0.0.1', 70000, 7, 9);
var_dump($odd->port, $odd->mode, $odd->type);
?>
--EXPECTF--
bool(true)
bool(true)

Warning: WServer\Server::set(): unknown option "wroker_num" in %s on line %d

Warning: WServer\Server::set(): option "max_wait_time" must be int or float, string given in %s on line %d
bool(false)
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

Warning: WServer\Server::on(): "recieve" is not a server event: ignored in %s on line %d

Warning: WServer\Server::on(): "timer" is not a server event: ignored in %s on line %d
bool(false)
bool(false)
bool(true)
NULL

Warning: WServer\Server\Port::set(): option "worker_num" is not supported on a port (only open_http_protocol, open_websocket_protocol and the ssl_* options) in %s on line %d
bool(true)
bool(true)
bool(true)
bool(false)
array(1) {
  ["open_http_protocol"]=>
  bool(false)
}

Warning: WServer\Server::on(): the "receive" callback is not callable: function "not_a_function" not found or invalid function name in %s on line %d

Warning: WServer\Server\Port::on(): the "connect" callback is not callable: function "not_a_function" not found or invalid function name in %s on line %d
bool(false)
bool(false)

Warning: WServer\Server::on(): the "receive" callback is not callable: class WServer\Server does not have a method "nope" in %s on line %d

Warning: WServer\Server\Port::on(): the "connect" callback is not callable: class WServer\Server does not have a method "nope" in %s on line %d
bool(false)
bool(false)

Warning: WServer\Server::on(): the "receive" callback is not callable: no array or string given in %s on line %d

Warning: WServer\Server\Port::on(): the "connect" callback is not callable: no array or string given in %s on line %d
bool(false)
bool(false)
bool(true)
NULL
int(70000)
int(7)
int(9)
