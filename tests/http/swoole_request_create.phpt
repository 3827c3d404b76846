--TEST--
Http\Request::create() and parse() as Swoole's: bytes fed in pieces, isCompleted(), getMethod() once the first word is in, getData(), header/get/cookie/post filled when whole, parse_cookie => false leaves cookie null, false once complete or on bad bytes
--EXTENSIONS--
wserver
--INI--
wserver.aliases=swoole
--FILE--
<?php
use Swoole\Http\Request;

$head = "POST /form?x=1 HTTP/1.1\r\nHost: a\r\nCookie: a=1; b=2\r\n"
    . "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n\r\n";
$req = Request::create();
var_dump(count($req->header), $req->isCompleted(), $req->getMethod(), $req->getContent());
var_dump($req->parse(substr($head, 0, 10)), $req->getMethod(), $req->isCompleted());
var_dump($req->parse(substr($head, 10)), $req->isCompleted());
var_dump($req->parse('k=v&z=9'), $req->isCompleted());
var_dump($req->parse('more'));
var_dump($req->getData() === $head . 'k=v&z=9', $req->header['host'], $req->get, $req->cookie, $req->post, $req->getContent());

$req2 = Request::create(['parse_cookie' => false, 'parse_body' => false]);
var_dump($req2->parse($head . 'k=v&z=9'), $req2->cookie, $req2->post, $req2->get);

$req3 = Request::create();
var_dump($req3->parse("GET / HTTP/1.1\r\nHost: a\nbroken\r\n\r\n"), $req3->isCompleted());
?>
--EXPECT--
int(0)
bool(false)
bool(false)
string(0) ""
int(10)
string(4) "POST"
bool(false)
int(112)
bool(false)
int(7)
bool(true)
bool(false)
bool(true)
string(1) "a"
array(1) {
  ["x"]=>
  string(1) "1"
}
array(2) {
  ["a"]=>
  string(1) "1"
  ["b"]=>
  string(1) "2"
}
array(2) {
  ["k"]=>
  string(1) "v"
  ["z"]=>
  string(1) "9"
}
string(7) "k=v&z=9"
int(129)
NULL
NULL
array(1) {
  ["x"]=>
  string(1) "1"
}
bool(false)
bool(false)
