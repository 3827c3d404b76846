/* WServer\table(): a Table from a field list (table_function.c). */
#ifndef WSERVER_PHP_TABLE_FUNCTION_H
#define WSERVER_PHP_TABLE_FUNCTION_H

void wserver_table_function_minit(void); /* after wserver_table_minit() */

#endif
