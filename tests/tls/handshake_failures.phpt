--TEST--
TLS: plain HTTP on a TLS port, a client that stalls mid-handshake and one that sends nothing are closed (the stalled ones at handshake_timeout), counted in status; as in Workerman each got onConnect at accept and gets onClose (2 curl requests, 3 failures: 5 and 5); the worker serves on
--EXTENSIONS--
wserver
pcntl
posix
openssl
--SKIPIF--
<?php require __DIR__ . '/../include/tls.inc'; wserver_tls_skip(); if (!is_executable('/usr/bin/curl')) die('skip curl missing'); ?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/tls.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
[$cert, $key] = wserver_tls_cert($dir);
wserver_test_app($dir, $port, <<<PHP
\$w = new WServer\Worker('http://127.0.0.1:{PORT}', ['ssl' => ['local_cert' => '$cert', 'local_pk' => '$key', 'handshake_timeout' => 1]]);
\$w->transport = 'ssl';
\$w->onConnect = fn (\$c) => file_put_contents('$dir/connects', "x", FILE_APPEND);
\$w->onClose = fn (\$c) => file_put_contents('$dir/closes', "x", FILE_APPEND);
\$w->onMessage = fn (\$c, \$r) => \$c->send('still here');
WServer\Worker::runAll();
PHP);
try {
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => wserver_test_listening($port));
    $plain = wserver_test_connect($port);
    fwrite($plain, "GET / HTTP/1.1\r\nHost: a\r\n\r\n");
    echo 'plain HTTP: ', wserver_test_closed($plain) ? 'closed' : 'open', ', reply: ', json_encode(wserver_test_read($plain, 100, 0.2)), "\n";
    $silent = wserver_test_connect($port);
    $stalled = wserver_test_connect($port);
    fwrite($stalled, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"); // the start of a ClientHello
    // while those wait, the worker answers others
    echo 'curl meanwhile: ', wserver_test_curl(['--cacert', $cert, "https://localhost:$port/"]), "\n";
    echo 'silent client: ', wserver_test_closed($silent, 8) ? 'closed' : 'open', "\n";
    echo 'stalled client: ', wserver_test_closed($stalled, 8) ? 'closed' : 'open', "\n";
    echo 'curl after: ', wserver_test_curl(['--cacert', $cert, "https://localhost:$port/"]), "\n";
    wserver_test_wait(fn () => strlen((string) @file_get_contents("$dir/closes")) >= 5);
    echo 'onConnect ', strlen((string) @file_get_contents("$dir/connects")), ', onClose ', strlen((string) @file_get_contents("$dir/closes")), "\n";
    [, $status] = wserver_test_cli($dir, 'status');
    echo preg_match('/^TLS handshakes failed: \d+.*$/m', $status, $m) ? $m[0] : 'no TLS line', "\n";
    $j = json_decode(wserver_test_cli($dir, 'status --json')[1], true);
    echo 'json tls_failed: ', $j['workers'][0]['tls_failed'] ?? '?', "\n";
    $log = file_get_contents("$dir/app.log");
    echo 'logged: ', preg_match('/TLS handshake from 127\.0\.0\.1:\d+ failed: http request/', $log) ? 'http request' : $log, ', ',
        preg_match('/TLS handshake from 127\.0\.0\.1:\d+ failed: no TLS handshake in time/', $log) ? 'timeout' : 'no timeout line', "\n";
} finally {
    wserver_test_cli($dir, 'stop');
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
plain HTTP: closed, reply: ""
curl meanwhile: still here
silent client: closed
stalled client: closed
curl after: still here
onConnect 5, onClose 5
TLS handshakes failed: 3 (by the workers running now)
json tls_failed: 3
logged: http request, timeout
