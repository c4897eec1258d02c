"""The pages of a province installation (Dinas Sosial Provinsi Jawa Timur): the province
dashboard, receiving the UPTs' period packages, and the province report. The main window shows
them instead of the UPT's pages when the database is in province mode."""
