--TEST--
Coroutine\Socket::setProtocol() framing and recvPacket(): open_eof_check cuts at the first EOF (several packages in one read come one by one), open_length_check reads whole length-prefixed packages, no framing hands over what arrived, recv() gets the bytes read past the last package first, "" once the peer closed (Swoole's API)
--EXTENSIONS--
wserver
--FILE--
<?php
use WServer\Coroutine\Socket;
WServer\Coroutine\run(function () {
    $srv = new Socket(AF_INET, SOCK_STREAM, 0);
    $srv->bind('127.0.0.1', 0);
    $srv->listen();
    $port = $srv->getsockname()['port'];
    WServer\go(function () use ($srv) {
        $c = $srv->accept();
        $c->sendAll("one\r\ntwo\r\nthr");
        WServer\Coroutine::sleep(0.05);
        $c->sendAll("ee\r\n");
        $c->recv(); // the client switches framing
        $c->sendAll(pack('N', 5) . 'hello' . pack('N', 3) . 'abc' . 'rest');
        WServer\Coroutine::sleep(0.05);
        $c->close();
    });
    $cli = new Socket(AF_INET, SOCK_STREAM, 0);
    $cli->connect('127.0.0.1', $port);
    var_dump($cli->setProtocol(['open_eof_check' => true, 'package_eof' => "\r\n"]));
    for ($i = 0; $i < 3; $i++) {
        echo json_encode($cli->recvPacket(2)), "\n";
    }
    var_dump($cli->setProtocol(['open_eof_check' => false, 'open_length_check' => true,
        'package_length_type' => 'N', 'package_length_offset' => 0, 'package_body_offset' => 4]));
    $cli->send('go');
    echo json_encode(substr($cli->recvPacket(2), 4)), " ", json_encode(substr($cli->recvPacket(2), 4)), "\n";
    echo "recv: ", json_encode($cli->recv()), "\n";
    var_dump($cli->setProtocol(['open_length_check' => false]));
    echo "closed: ", json_encode($cli->recvPacket(2)), "\n";
    var_dump($cli->setProtocol(['package_eof' => '']));
});
?>
--EXPECT--
bool(true)
"one\r\n"
"two\r\n"
"three\r\n"
bool(true)
"hello" "abc"
recv: "rest"
bool(true)
closed: ""
bool(true)
