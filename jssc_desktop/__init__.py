"""JSSC Desktop: records and periodic reports for the UPTs of Dinas Sosial Provinsi Jawa Timur."""

__version__ = "0.1.0"
