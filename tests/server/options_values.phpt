--TEST--
Server: set() checks the values of the lifecycle and framing options (range, package_eof length, package_length_type letter) and keeps only the good ones
--EXTENSIONS--
wserver
--FILE--
<?php
$s = new WServer\Server('127.0.0.1', 9501);
var_dump($s->set([
    'max_request' => -1,
    'max_conn' => -5,
    'heartbeat_check_interval' => -1,
    'heartbeat_idle_time' => 'soon',
    'package_eof' => '',
    'package_length_type' => 'x',
    'package_length_offset' => 70000,
    'package_body_offset' => -1,
    'user' => 42,
]));
var_dump($s->set(['package_eof' => '123456789']));
var_dump($s->set(['package_length_type' => 'NN']));
var_dump($s->set([
    'max_request' => 100,
    'max_conn' => 1000,
    'heartbeat_check_interval' => 0.5,
    'heartbeat_idle_time' => 3,
    'open_eof_split' => true,
    'package_eof' => "\r\n\r\n",
    'open_length_check' => 1,
    'package_length_type' => 'n',
    'package_length_offset' => 2,
    'package_body_offset' => 4,
    'user' => 'nobody',
    'group' => 'nogroup',
]));
echo json_encode($s->setting), "\n";
?>
--EXPECTF--
Warning: WServer\Server::set(): option "max_request" must be between 0 and 1000000000000000, -1 given in %s on line %d

Warning: WServer\Server::set(): option "max_conn" must be between 0 and 4294967295, -5 given in %s on line %d

Warning: WServer\Server::set(): option "heartbeat_check_interval" must be between 0 and 86400, -1 given in %s on line %d

Warning: WServer\Server::set(): option "heartbeat_idle_time" must be int or float, string given in %s on line %d

Warning: WServer\Server::set(): option "package_eof" must be 1 to 8 bytes long in %s on line %d

Warning: WServer\Server::set(): option "package_length_type" must be one of the pack() letters c C s S n v l L N V q Q J P in %s on line %d

Warning: WServer\Server::set(): option "package_length_offset" must be between 0 and 65535, 70000 given in %s on line %d

Warning: WServer\Server::set(): option "package_body_offset" must be between 0 and 65535, -1 given in %s on line %d

Warning: WServer\Server::set(): option "user" must be string, int given in %s on line %d
bool(false)

Warning: WServer\Server::set(): option "package_eof" must be 1 to 8 bytes long in %s on line %d
bool(false)

Warning: WServer\Server::set(): option "package_length_type" must be one of the pack() letters c C s S n v l L N V q Q J P in %s on line %d
bool(false)
bool(true)
{"max_request":100,"max_conn":1000,"heartbeat_check_interval":0.5,"heartbeat_idle_time":3,"open_eof_split":true,"package_eof":"\r\n\r\n","open_length_check":1,"package_length_type":"n","package_length_offset":2,"package_body_offset":4,"user":"nobody","group":"nogroup"}
