<?php
// The demo's Events: hello on connect, every message to everyone, logout on close.
use GatewayWorker\Lib\Gateway;

class Events
{
    public static function onConnect($client_id)
    {
        Gateway::sendToClient($client_id, "Hello $client_id\r\n");
        Gateway::sendToAll("$client_id login\r\n");
    }

    public static function onMessage($client_id, $message)
    {
        Gateway::sendToAll("$client_id said $message\r\n");
    }

    public static function onClose($client_id)
    {
        Gateway::sendToAll("$client_id logout\r\n");
    }
}
