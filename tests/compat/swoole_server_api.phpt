--TEST--
wserver.aliases=swoole: Swoole's Server API as its tests use it: the constructor throws for an address the machine lacks (errno as code), getSocket() of a Server (before start) and of a sync Client is ext/sockets' \Socket, send() warns on a null or non-positive fd, stats() counts idle workers
--EXTENSIONS--
wserver
pcntl
posix
sockets
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
try {
    new Swoole\Server('192.0.2.1', $port); // TEST-NET-1: no interface has it
} catch (Swoole\Exception \$e) {
    echo "constructor: ", get_class(\$e), " code ", \$e->getCode() === SOCKET_EADDRNOTAVAIL ? 'EADDRNOTAVAIL' : \$e->getCode(), "\\n";
}
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 3, 'pid_file' => '$dir/app.pid', 'log_file' => '$dir/app.log']);
\$sock = \$s->getSocket();
echo "server socket: ", get_class(\$sock), " port ", socket_getsockname(\$sock, \$a, \$p) ? \$p === $port : 'none', "\\n";
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    \$bad = [\$s->send(null, 'x'), \$s->send(-1, 'x'), \$s->send(0, 'x')];
    \$s->send(\$fd, json_encode(['bad' => \$bad, 'idle' => \$s->stats()['idle_worker_num']]));
});
\$s->start();
PHP);
file_put_contents("$dir/client.php", <<<PHP
<?php
\$c = new Swoole\Client(SWOOLE_SOCK_TCP, SWOOLE_SOCK_SYNC);
var_dump(\$c->getSocket());
\$c->connect('127.0.0.1', $port, 5);
\$sock = \$c->getSocket();
echo "client socket: ", get_class(\$sock), " ", json_encode(socket_set_option(\$sock, SOL_SOCKET, SO_RCVBUF, 65536)), "\\n";
\$c->send('hello');
echo "reply: ", \$c->recv(), "\\n";
\$c->close();
echo "after close: ", json_encode(\$c->isConnected()), "\\n";
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    sleep(1); // all three workers done with workerStart: idle
    echo shell_exec($php . escapeshellarg("$dir/client.php") . ' 2>&1');
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo preg_replace(['~ in /\S+ on line \d+~', '/^\s*\n/m'], '', file_get_contents("$dir/out.log"));
wserver_test_cleanup($dir);
?>
--EXPECT--
bool(false)
client socket: Socket true
reply: {"bad":[false,false,false],"idle":2}
after close: false
constructor: Swoole\Exception code EADDRNOTAVAIL
server socket: Socket port 1
PHP Warning:  Swoole\Server::send(): fd can not be null
PHP Warning:  Swoole\Server::send(): invalid fd[-1]
PHP Warning:  Swoole\Server::send(): invalid fd[0]
