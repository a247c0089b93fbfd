package dev.mamori.database;

import javax.sql.DataSource;

/**
 * A database opened for a command-line tool. Closing it stops the embedded server if the
 * tool had to start one.
 */
public interface OpenDatabase extends AutoCloseable {

	DataSource dataSource();

	@Override
	void close();

}
