<CHANNEL HREF="http://example.com/"><TITLE>CDF</TITLE><ITEM HREF="http://example.com/c1" LASTMOD="2025-11-03T14:05"><TITLE>A CDF item</TITLE><ABSTRACT>Old but parsed.</ABSTRACT></ITEM></CHANNEL>
