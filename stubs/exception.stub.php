<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

class Exception extends \Exception
{
}

/* What Swoole throws as Swoole\Error (an API used where it cannot work, its fatal errors). */
class Error extends \Error
{
}
