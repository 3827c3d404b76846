--TEST--
Graceful stop (Server): a reply that waits on a Coroutine\Client talking to a backend port of the same server (answering from a timer) reaches the client
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/graceful.inc';
wserver_test_graceful(<<<'PHP'
$sock = __DIR__ . '/backend.sock';
$s = new WServer\Server('127.0.0.1', {PORT});
$s->set(['worker_num' => 2]);
$backend = $s->addListener($sock, 0, WSERVER_SOCK_UNIX_STREAM);
$backend->on('receive', function ($s, $fd, $reactor, $data) {
    received();
    $s->after((int) ({DELAY} * 1000), fn () => $s->send($fd, 'late ' . trim($data) . "\n"));
});
$s->on('receive', function ($s, $fd, $reactor, $data) use ($sock) {
    $client = new WServer\Coroutine\Client(WSERVER_SOCK_UNIX_STREAM);
    $client->connect($sock, 0, 5);
    $client->send($data);
    $reply = $client->recv(30);
    $client->close();
    $s->send($fd, $reply);
});
$s->start();
PHP, fn ($port, $i) => wserver_test_text_client($port, "t$i"), fn ($c) => wserver_test_text_reply($c));
?>
--EXPECT--
requests received: all
stop -g: 0
waited for the replies: yes
master gone when stop returned: yes
client 0: "late t0", then closed
client 1: "late t1", then closed
client 2: "late t2", then closed
ran out of time: no
workers exited cleanly: yes
