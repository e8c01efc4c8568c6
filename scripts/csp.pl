#!/usr/bin/env perl
# Trunk post-build hook: gives the built index.html a Content-Security-Policy
# that allows only the site's own files, WebAssembly ('wasm-unsafe-eval') and
# Trunk's inline loader script, by the SHA-256 hash of its exact text (the
# loader names the hashed file names of this build, so its hash is taken
# after every build). Runs in Trunk's staging folder ($TRUNK_STAGING_DIR).
use strict;
use warnings;
use Digest::SHA qw(sha256_base64);

my $dir = $ENV{TRUNK_STAGING_DIR} // $ARGV[0] // die "no staging folder\n";
my $path = "$dir/index.html";
open(my $in, '<:raw', $path) or die "cannot read $path: $!\n";
my $html = do { local $/; <$in> };
close $in;

my @hashes;
while ($html =~ m{<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>}gs) {
    my $digest = sha256_base64($1);
    # Digest::SHA leaves out the base64 padding that CSP expects.
    $digest .= '=' while length($digest) % 4;
    push @hashes, "'sha256-$digest'";
}
die "no inline loader script found in $path\n" unless @hashes;

my $policy = join('; ',
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval' @hashes",
    "style-src 'self'",
    # Style attributes only (no style elements): plotters measures chart
    # text with a hidden span's style attribute.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
);
my $meta = qq{<meta http-equiv="Content-Security-Policy" content="$policy" />};
$html =~ s{(<meta charset="utf-8" />)}{$1\n  $meta} or die "no charset meta in $path\n";
open(my $out, '>:raw', $path) or die "cannot write $path: $!\n";
print $out $html;
close $out;
