--TEST--
wserver.aliases=swoole: Swoole's SWOOLE_DISPATCH_* constants (modes and dispatch_func results), and set() takes every dispatch_mode but 6 (8, 9 and 10 too)
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
foreach (['ROUND', 'FDMOD', 'IDLE_WORKER', 'IPMOD', 'UIDMOD', 'USERFUNC', 'STREAM', 'CO_CONN_LB', 'CO_REQ_LB',
          'CONCURRENT_LB', 'RESULT_DISCARD_PACKET', 'RESULT_CLOSE_CONNECTION', 'RESULT_USERFUNC_FALLBACK'] as $n) {
    echo $n, ' ', constant("SWOOLE_DISPATCH_$n"), "\n";
}
$s = new Swoole\Server('127.0.0.1', 0);
var_dump($s->set(['dispatch_mode' => SWOOLE_DISPATCH_CONCURRENT_LB]), $s->setting['dispatch_mode']);
var_dump($s->set(['dispatch_mode' => SWOOLE_DISPATCH_USERFUNC]));
?>
--EXPECTF--
ROUND 1
FDMOD 2
IDLE_WORKER 3
IPMOD 4
UIDMOD 5
USERFUNC 6
STREAM 7
CO_CONN_LB 8
CO_REQ_LB 9
CONCURRENT_LB 10
RESULT_DISCARD_PACKET -1
RESULT_CLOSE_CONNECTION -2
RESULT_USERFUNC_FALLBACK -3
bool(true)
int(10)

Warning: Swoole\Server::set(): %s
bool(false)
