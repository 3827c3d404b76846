--TEST--
Server: dispatch_mode and dispatch_func are taken silently by a BASE server (which hands nothing over, as Swoole's ignores them there) and warned "not supported yet" by a PROCESS one; dispatch_func must be callable
--EXTENSIONS--
wserver
--FILE--
<?php
$route = fn ($server, $fd, $type, $data) => intval($data[0]);
$base = new WServer\Server('127.0.0.1', 9501, WSERVER_BASE);
var_dump($base->set(['dispatch_mode' => 3, 'dispatch_func' => $route]));
var_dump($base->setting['dispatch_mode'], $base->setting['dispatch_func'] === $route);
$process = new WServer\Server('127.0.0.1', 9501, WSERVER_PROCESS);
var_dump($process->set(['dispatch_mode' => 2, 'dispatch_func' => $route]));
var_dump($base->set(['dispatch_func' => 'no_such_function']), isset($base->setting['dispatch_func']));
?>
--EXPECTF--
bool(true)
int(3)
bool(true)

Warning: WServer\Server::set(): option "dispatch_mode" is not supported yet: ignored in %s on line %d

Warning: WServer\Server::set(): option "dispatch_func" is not supported yet: ignored in %s on line %d
bool(true)

Warning: WServer\Server::set(): option "dispatch_func" must be callable, string given in %s on line %d
bool(false)
bool(true)
