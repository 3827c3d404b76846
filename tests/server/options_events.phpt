--TEST--
Server: set() warns about unknown options and wrong types and keeps the rest in $setting; on() refuses unknown events and callbacks that are not callable (TypeError, at the call); constants exist globally and on the class; the constructor keeps a bad mode, type or port for start to report
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
foreach (['not_a_function', [$s, 'nope'], 42] as $bad) {
    try {
        $s->on('receive', $bad);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    try {
        $port->on('connect', $bad);
    } catch (TypeError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
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
TypeError: WServer\Server::on(): Argument #2 ($callback) must be a valid callback, function "not_a_function" not found or invalid function name
TypeError: WServer\Server\Port::on(): Argument #2 ($callback) must be a valid callback, function "not_a_function" not found or invalid function name
TypeError: WServer\Server::on(): Argument #2 ($callback) must be a valid callback, class WServer\Server does not have a method "nope"
TypeError: WServer\Server\Port::on(): Argument #2 ($callback) must be a valid callback, class WServer\Server does not have a method "nope"
TypeError: WServer\Server::on(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: WServer\Server\Port::on(): Argument #2 ($callback) must be a valid callback, no array or string given
bool(true)
NULL
int(70000)
int(7)
int(9)
