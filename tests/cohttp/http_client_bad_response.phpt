--TEST--
Coroutine\Http\Client against a server that answers badly: a header name that is not a token, a control character in a value, a bad chunk size, bytes that are not HTTP, a body cut short, a head too large (all "Http invalid protocol" or a reset, the connection closed); a bare LF between lines and a reason-less status line are read; a request head over 64 KB or a cookie over 4 KB is a Client\Exception
--EXTENSIONS--
wserver
sockets
--FILE--
<?php
use WServer\Coroutine;
use WServer\Coroutine\Http\Client;
use WServer\Coroutine\Server;
use WServer\Coroutine\Server\Connection;

$answers = [
    'bad name' => "HTTP/1.1 200 OK\r\nBad Name: x\r\nContent-Length: 2\r\n\r\nok",
    'control char' => "HTTP/1.1 200 OK\r\nX-A: a\x01b\r\nContent-Length: 2\r\n\r\nok",
    'bad chunk' => "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nok\r\n0\r\n\r\n",
    'not http' => "SSH-2.0-OpenSSH_9.0\r\n\r\n",
    'cut short' => "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
    'head too large' => "HTTP/1.1 200 OK\r\nX-Big: " . str_repeat('b', 70000),
    'bare LF, no reason' => "HTTP/1.1 204\nX-Fine: yes\n\n",
];
Coroutine\run(function () use ($answers) {
    $server = new Server('127.0.0.1', 0);
    $server->handle(function (Connection $conn) use ($answers) {
        $request = $conn->recv(2);
        if (is_string($request) && preg_match('#^GET /(\S+)#', $request, $m)) {
            $conn->send($answers[urldecode($m[1])]);
        }
        $conn->close();
    });
    WServer\go(function () use ($server, $answers) {
        foreach (array_keys($answers) as $case) {
            $c = new Client('127.0.0.1', $server->port);
            $ok = $c->get('/' . rawurlencode($case));
            printf("%s: %s %d %s %s\n", $case, var_export($ok, true), $c->statusCode,
                $ok ? json_encode($c->headers) : $c->errMsg, var_export($c->connected, true));
        }
        echo "-- what the client refuses to send\n";
        $c = new Client('127.0.0.1', $server->port);
        $c->setHeaders(['X-Big' => str_repeat('a', 64 * 1024)]);
        try {
            $c->get('/bad%20name');
        } catch (WServer\Coroutine\Http\Client\Exception $e) {
            echo $e->getMessage(), "\n";
        }
        $c = new Client('127.0.0.1', $server->port);
        $c->setCookies(['token' => str_repeat('b', 4097)]);
        try {
            $c->get('/bad%20name');
        } catch (WServer\Coroutine\Http\Client\Exception $e) {
            echo $e->getMessage(), "\n";
        }
        $server->shutdown();
    });
    $server->start();
});
?>
--EXPECTF--
bad name: false -3 Http invalid protocol false
control char: false -3 Http invalid protocol false
bad chunk: false -3 bad chunk in the response false
not http: false -3 Http invalid protocol false
cut short: false -3 Connection reset by peer false
head too large: false -3 the response head is too large false
bare LF, no reason: true 204 {"x-fine":"yes"} true
-- what the client refuses to send
The request head is too large (%d bytes, 65536 at most)
The cookie "token" is too large (4103 bytes, 4096 at most)
