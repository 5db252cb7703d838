// callpulse-relay: the media path of `callpulse tap --relay go`, compiled.
//
// It does what ingest/tap/proxy.py does on the wire (check X-Twilio-Signature, open the upstream socket
// before accepting Twilio's, relay every frame unchanged both ways, forward close codes, answer
// /healthz, drain on SIGTERM/SIGINT) and hands a copy of each relayed frame to the Python analytics
// over a pipe (fd given by -frames-fd) as it forwards it (queued just before, so a call's frames reach
// analytics in the order they were read). The hand-over is a bounded in-memory queue
// drained by one writer goroutine: a relay goroutine never waits for it; when it is full the frame is
// dropped and counted for its call (a call's first caller frame and its end are never dropped).
//
// Record on the pipe (little endian): u32 length of the rest, u8 kind, u32 call key, i64 unix ms,
// u32 frames lost, payload. Kinds: 0/1 text frame from twilio/agent, 2/3 binary frame from
// twilio/agent, 4 call ended (payload: the end cause), 5 the relay's totals at exit (payload: JSON).
package main

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
)

const (
	kindTwilioText = 0
	kindAgentText  = 1
	kindTwilioBin  = 2
	kindAgentBin   = 3
	kindClosed     = 4
	kindTotals     = 5

	goingAway     = 1001
	endingGraceS  = 1.0
	sigHeader     = "X-Twilio-Signature"
	healthPath    = "/healthz"
	closeWaitTime = 5 * time.Second
	feedEvery     = 10 * time.Millisecond // as stream.bus_drain.FEED_EVERY_S
)

type config struct {
	listen, upstream, publicURL, upstreamPublicURL string
	authToken, upstreamAuthToken                   string
	openTimeout                                    time.Duration
	drain                                          time.Duration
	capacity                                       int
	framesFD                                       int
	keepalive                                      time.Duration
}

type totals struct {
	Sessions         int64 `json:"sessions"`
	Rejected         int64 `json:"rejected"`
	RefusedDraining  int64 `json:"refused_draining"`
	UpstreamFailures int64 `json:"upstream_failures"`
	LostFrames       int64 `json:"lost_frames"`
	EndedByShutdown  int64 `json:"ended_by_shutdown"`
	Unsent           int64 `json:"unsent"`
}

type relay struct {
	cfg      config
	out      *handoff
	draining atomic.Bool
	keys     atomic.Uint32
	mu       sync.Mutex
	sessions map[*session]struct{}
	idle     *sync.Cond
	stats    totals
	upgrader websocket.Upgrader
}

func main() {
	var cfg config
	var openS, drainS float64
	flag.StringVar(&cfg.listen, "listen", "127.0.0.1:8081", "host:port to accept Twilio's sockets on")
	flag.StringVar(&cfg.upstream, "upstream", "", "the agent's ws:// URL")
	flag.StringVar(&cfg.publicURL, "public-url", "", "the wss:// URL Twilio was given for the tap")
	flag.StringVar(&cfg.upstreamPublicURL, "upstream-public-url", "", "the URL the agent validates against")
	flag.Float64Var(&openS, "open-timeout", 10, "seconds to open the upstream socket")
	flag.Float64Var(&drainS, "drain", 6, "seconds open calls may run on after SIGTERM/SIGINT")
	flag.IntVar(&cfg.capacity, "queue", 100000, "frames waiting for analytics before new ones are dropped")
	flag.IntVar(&cfg.framesFD, "frames-fd", 3, "file descriptor the frame records are written to")
	procs := flag.Int("procs", 1, "threads running the relay's goroutines (GOMAXPROCS); 1: a frame is read, "+
		"forwarded and handed over on one thread, without cross-thread wake-ups that wait for a CPU on a busy machine")
	var keepaliveS float64
	flag.Float64Var(&keepaliveS, "keepalive", 20, "seconds between pings; a socket with no pong by the next ping is closed 1011")
	flag.Parse()
	runtime.GOMAXPROCS(*procs)
	cfg.openTimeout = time.Duration(openS * float64(time.Second))
	cfg.drain = time.Duration(drainS * float64(time.Second))
	cfg.keepalive = time.Duration(keepaliveS * float64(time.Second))
	// secrets come in the environment, never on the command line
	cfg.authToken = os.Getenv("CALLPULSE_TAP_RELAY_AUTH_TOKEN")
	cfg.upstreamAuthToken = os.Getenv("CALLPULSE_TAP_RELAY_UPSTREAM_AUTH_TOKEN")
	if cfg.upstream == "" {
		fmt.Fprintln(os.Stderr, "callpulse-relay: -upstream is required")
		os.Exit(2)
	}
	// non-blocking, so a full pipe parks the writer goroutine in Go's poller instead of holding an OS
	// thread (and, until the runtime takes it back, a processor the relay goroutines need) in write(2)
	_ = syscall.SetNonblock(cfg.framesFD, true)
	pipe := os.NewFile(uintptr(cfg.framesFD), "frames")
	r := &relay{cfg: cfg, out: newHandoff(pipe, cfg.capacity), sessions: map[*session]struct{}{}}
	r.idle = sync.NewCond(&r.mu)
	r.upgrader = websocket.Upgrader{
		ReadBufferSize: 16384, WriteBufferSize: 16384,
		CheckOrigin: func(*http.Request) bool { return true },
	}
	// the stop signals are ours before anything can send them: a SIGTERM after the listening line (a
	// supervisor stopping a tap that just started) drains and writes the totals, never Go's default exit
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	ln, err := net.Listen("tcp", cfg.listen)
	if err != nil {
		fmt.Fprintf(os.Stderr, "callpulse-relay: %v\n", err)
		os.Exit(1)
	}
	server := &http.Server{Handler: r}
	go func() { _ = server.Serve(ln) }()
	fmt.Printf("relay listening %d\n", ln.Addr().(*net.TCPAddr).Port)
	<-stop
	r.drainCalls()
	_ = ln.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_ = server.Shutdown(ctx) // the relay's sockets are hijacked: this only stops accepting
	cancel()
	r.stats.Unsent = int64(r.out.close())
	body, _ := json.Marshal(&r.stats)
	r.out.writeDirect(record(kindTotals, 0, 0, body))
	_ = pipe.Close()
}

// ---- handshake -----------------------------------------------------------------------------------

func (r *relay) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.URL.Path == healthPath {
		r.health(w)
		return
	}
	if r.draining.Load() {
		atomic.AddInt64(&r.stats.RefusedDraining, 1)
		http.Error(w, "draining: this tap is shutting down", http.StatusServiceUnavailable)
		return
	}
	signature := req.Header.Get(sigHeader)
	if r.cfg.authToken != "" && !isValid(r.cfg.authToken, publicURLFor(r.cfg.publicURL, req.URL.RequestURI()), signature) {
		atomic.AddInt64(&r.stats.Rejected, 1)
		http.Error(w, "invalid X-Twilio-Signature", http.StatusForbidden)
		return
	}
	headers := http.Header{}
	if r.cfg.upstreamAuthToken != "" {
		target := r.cfg.upstreamPublicURL
		if target == "" {
			target = strings.Replace(r.cfg.upstream, "ws://", "wss://", 1)
		}
		headers.Set(sigHeader, sign(r.cfg.upstreamAuthToken, target))
	} else if signature != "" {
		headers.Set(sigHeader, signature)
	}
	dialer := websocket.Dialer{HandshakeTimeout: r.cfg.openTimeout, ReadBufferSize: 16384, WriteBufferSize: 16384}
	upstream, resp, err := dialer.Dial(r.cfg.upstream, headers)
	if err != nil {
		atomic.AddInt64(&r.stats.UpstreamFailures, 1)
		if resp != nil && resp.StatusCode >= 400 {
			http.Error(w, "upstream refused", resp.StatusCode)
		} else {
			http.Error(w, "upstream unreachable", http.StatusBadGateway)
		}
		return
	}
	twilio, err := r.upgrader.Upgrade(w, req, nil)
	if err != nil {
		_ = upstream.Close()
		return
	}
	r.relayCall(twilio, upstream)
}

func (r *relay) health(w http.ResponseWriter) {
	r.mu.Lock()
	active := len(r.sessions)
	r.mu.Unlock()
	status, code := "ok", http.StatusOK
	if r.draining.Load() {
		status, code = "draining", http.StatusServiceUnavailable
	}
	body, _ := json.Marshal(map[string]any{"status": status, "active_calls": active})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_, _ = w.Write(append(body, '\n'))
}

// ---- relaying ------------------------------------------------------------------------------------

// end of one socket as the relay saw it
type closeState struct {
	mu        sync.Mutex
	sent      int // close code the relay sent (0: none)
	sentWhy   string
	sentFirst bool // the relay sent its close before receiving one
	rcvd      int  // close code received (0: none)
	reason    string
}

type session struct {
	twilio, upstream *websocket.Conn
	ts, us           *closeState
	key              uint32
	lost             atomic.Int64
	endOnce          sync.Once
	cause            atomic.Value // string, set when the relay itself ends the call (drain)
	done             chan struct{}
}

func watchClose(conn *websocket.Conn, st *closeState) {
	conn.SetCloseHandler(func(code int, text string) error {
		st.mu.Lock()
		st.rcvd, st.reason = code, text
		reply := st.sent == 0
		if reply {
			st.sent = code
			if code == websocket.CloseNoStatusReceived {
				st.sent = websocket.CloseNormalClosure
			}
		}
		st.mu.Unlock()
		if reply {
			msg := websocket.FormatCloseMessage(st.sent, "")
			if code == websocket.CloseNoStatusReceived {
				msg = websocket.FormatCloseMessage(websocket.CloseNoStatusReceived, "")
			}
			_ = conn.WriteControl(websocket.CloseMessage, msg, time.Now().Add(time.Second))
		}
		return nil
	})
}

// keepalive pings conn every `every`; when a ping has had no pong by the next one, it closes 1011.
func keepalive(conn *websocket.Conn, st *closeState, every time.Duration, done <-chan struct{}, pongs *atomic.Int64) {
	pinged := int64(0)
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-done:
			return
		case <-tick.C:
		}
		if pinged > pongs.Load() {
			sendClose(conn, st, websocket.CloseInternalServerErr, "keepalive ping timeout")
			_ = conn.UnderlyingConn().SetReadDeadline(time.Now().Add(time.Second))
			return
		}
		pinged++
		if conn.WriteControl(websocket.PingMessage, nil, time.Now().Add(time.Second)) != nil {
			return
		}
	}
}

// ponged counts conn's pongs (set before its reader starts: the handler runs on the reading goroutine).
func ponged(conn *websocket.Conn) *atomic.Int64 {
	var n atomic.Int64
	conn.SetPongHandler(func(string) error { n.Add(1); return nil })
	return &n
}

func sendClose(conn *websocket.Conn, st *closeState, code int, reason string) {
	st.mu.Lock()
	if st.sent != 0 {
		st.mu.Unlock()
		return
	}
	st.sent, st.sentWhy = code, reason
	st.sentFirst = st.rcvd == 0
	st.mu.Unlock()
	_ = conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
}

func (r *relay) relayCall(twilio, upstream *websocket.Conn) {
	s := &session{twilio: twilio, upstream: upstream, ts: &closeState{}, us: &closeState{}, done: make(chan struct{})}
	s.key = r.keys.Add(1)
	watchClose(twilio, s.ts)
	watchClose(upstream, s.us)
	if r.cfg.keepalive > 0 { // as the Python relay (websockets): a peer that stopped answering is let go
		go keepalive(twilio, s.ts, r.cfg.keepalive, s.done, ponged(twilio))
		go keepalive(upstream, s.us, r.cfg.keepalive, s.done, ponged(upstream))
	}
	r.mu.Lock()
	r.sessions[s] = struct{}{}
	r.stats.Sessions++
	r.mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); r.pump(s, "agent") }()
	go func() { defer wg.Done(); r.pump(s, "twilio") }()
	wg.Wait()
	r.handOverEnd(s, "error") // a no-op: a pump named the cause
	_ = upstream.Close()
	_ = twilio.Close()
	r.mu.Lock()
	delete(r.sessions, s)
	close(s.done)
	if len(r.sessions) == 0 {
		r.idle.Broadcast()
	}
	r.mu.Unlock()
}

func (r *relay) pump(s *session, side string) {
	src, dst, sst, dstState := s.twilio, s.upstream, s.ts, s.us
	textKind, binKind := byte(kindTwilioText), byte(kindTwilioBin)
	if side == "agent" {
		src, dst, sst, dstState = s.upstream, s.twilio, s.us, s.ts
		textKind, binKind = kindAgentText, kindAgentBin
	}
	first := side == "twilio"
	refused := false // this socket sent a bad frame: nothing more from it is relayed
	for {
		mt, data, err := src.ReadMessage()
		if err != nil {
			code, reason, cause := r.endOf(side, sst, err)
			if c, ok := s.cause.Load().(string); ok {
				cause = c
			}
			r.handOverEnd(s, cause)
			sendClose(dst, dstState, sendable(code), reason)
			return
		}
		if refused {
			continue
		}
		if mt == websocket.TextMessage && !utf8.Valid(data) {
			refused = true
			sendClose(src, sst, websocket.CloseInvalidFramePayloadData, "invalid UTF-8")
			_ = src.UnderlyingConn().SetReadDeadline(time.Now().Add(time.Second))
			continue // the next read returns the peer's answer (or times out): the end is named there
		}
		kind := textKind
		if mt == websocket.BinaryMessage {
			kind = binKind
		}
		// Handed over before it is forwarded, so analytics gets a call's frames in the order the relay
		// read them, which is the order of cause and effect. Handed over after, a caller's 2 MB prompt was
		// still being written to the agent when the agent's reply to it was relayed and recorded: the reply
		// was observed (and stamped) before its prompt and stored as two utterances
		// (tests/reliability/test_tap_oversized.py[go], once under load). The hand-over never waits (a
		// bounded queue; full, it drops and counts), so the media path still never waits for analytics.
		// A frame whose forwarding then fails is recorded all the same; the call's end names the cause.
		if !r.out.put(record(kind, s.key, 0, data), first) {
			s.lost.Add(1)
		}
		first = false
		if err := dst.WriteMessage(mt, data); err != nil {
			return // the other side closed: its pump names the cause
		}
	}
}

// endOf names why src (the `side` socket) stopped, and the close code and reason to send on.
func (r *relay) endOf(side string, st *closeState, err error) (int, string, string) {
	st.mu.Lock()
	sent, sentWhy, sentFirst, rcvd, reason := st.sent, st.sentWhy, st.sentFirst, st.rcvd, st.reason
	st.mu.Unlock()
	if ce, ok := err.(*websocket.CloseError); ok && rcvd == 0 && ce.Code != websocket.CloseAbnormalClosure {
		rcvd, reason = ce.Code, ce.Text
	}
	if sent != 0 && (rcvd == 0 || sentFirst) {
		// the relay closed this socket itself: a bad frame
		if isProtocolCode(sent) || (sent == websocket.CloseInternalServerErr && !strings.Contains(sentWhy, "keepalive")) {
			return websocket.CloseInternalServerErr, "", "protocol_error"
		}
		if side == "agent" {
			return websocket.CloseInternalServerErr, "", "upstream_lost"
		}
		return websocket.CloseInternalServerErr, "", "error"
	}
	if rcvd == 0 {
		if _, ok := err.(*websocket.CloseError); !ok && !isNetErr(err) {
			// gorilla refused a frame (bad opcode, bad control frame, ...) and closed with 1002
			return websocket.CloseInternalServerErr, "", "protocol_error"
		}
		rcvd = websocket.CloseAbnormalClosure
	}
	if isProtocolCode(rcvd) {
		return rcvd, reason, "protocol_error"
	}
	if side == "twilio" {
		switch rcvd {
		case 1000, 1001, 1005, 1006:
			return rcvd, reason, "hangup"
		}
		return rcvd, reason, "error"
	}
	switch rcvd {
	case 1000, 1001, 1005, 1006, 1012, 1013, 1014:
		return rcvd, reason, "upstream_lost"
	}
	return rcvd, reason, "agent_error"
}

func isProtocolCode(code int) bool {
	switch code {
	case 1002, 1003, 1007, 1009, 1010:
		return true
	}
	return false
}

func isNetErr(err error) bool {
	if _, ok := err.(net.Error); ok {
		return true
	}
	msg := err.Error()
	return strings.Contains(msg, "EOF") || strings.Contains(msg, "connection reset") ||
		strings.Contains(msg, "use of closed network connection") || strings.Contains(msg, "broken pipe")
}

func sendable(code int) int {
	switch code {
	case 1005:
		return 1000
	case 1006, 1015:
		return 1011
	}
	return code
}

func (r *relay) handOverEnd(s *session, cause string) {
	s.endOnce.Do(func() {
		lost := s.lost.Load()
		atomic.AddInt64(&r.stats.LostFrames, lost)
		r.out.put(record(kindClosed, s.key, uint32(lost), []byte(cause)), true)
	})
}

// ---- draining ------------------------------------------------------------------------------------

func (r *relay) waitIdle(timeout time.Duration) {
	done := make(chan struct{})
	go func() {
		r.mu.Lock()
		for len(r.sessions) > 0 {
			r.idle.Wait()
		}
		r.mu.Unlock()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(timeout):
	}
}

func (r *relay) drainCalls() {
	r.draining.Store(true)
	if r.cfg.drain > 0 {
		r.waitIdle(r.cfg.drain)
	}
	r.mu.Lock()
	var closing []*session
	for s := range r.sessions {
		if s.closingStarted() {
			closing = append(closing, s)
		}
	}
	r.mu.Unlock()
	deadline := time.After(time.Duration(endingGraceS * float64(time.Second)))
	for _, s := range closing { // ending on their own already: not a shutdown
		select {
		case <-s.done:
		case <-deadline:
		}
	}
	r.mu.Lock()
	left := make([]*session, 0, len(r.sessions))
	for s := range r.sessions {
		left = append(left, s)
	}
	r.mu.Unlock()
	for _, s := range left {
		s.cause.Store("shutdown")
		r.handOverEnd(s, "shutdown")
		sendClose(s.twilio, s.ts, goingAway, "callpulse tap shutting down")
		sendClose(s.upstream, s.us, goingAway, "callpulse tap shutting down")
	}
	atomic.AddInt64(&r.stats.EndedByShutdown, int64(len(left)))
	for _, s := range left { // the peers answer the close; a peer that does not is cut off
		_ = s.twilio.UnderlyingConn().SetReadDeadline(time.Now().Add(closeWaitTime))
		_ = s.upstream.UnderlyingConn().SetReadDeadline(time.Now().Add(closeWaitTime))
	}
	if len(left) > 0 {
		r.waitIdle(closeWaitTime + time.Second)
	}
}

func (s *session) closingStarted() bool {
	for _, st := range []*closeState{s.ts, s.us} {
		st.mu.Lock()
		started := st.sent != 0 || st.rcvd != 0
		st.mu.Unlock()
		if started {
			return true
		}
	}
	return false
}

// ---- the hand-over to analytics ------------------------------------------------------------------

func record(kind byte, key uint32, lost uint32, payload []byte) []byte {
	b := make([]byte, 21+len(payload))
	binary.LittleEndian.PutUint32(b[0:], uint32(17+len(payload)))
	b[4] = kind
	binary.LittleEndian.PutUint32(b[5:], key)
	binary.LittleEndian.PutUint64(b[9:], uint64(time.Now().UnixMilli()))
	binary.LittleEndian.PutUint32(b[17:], lost)
	copy(b[21:], payload)
	return b
}

// handoff: a bounded FIFO from the relay goroutines to one writer goroutine; put never waits.
type handoff struct {
	mu       sync.Mutex
	cond     *sync.Cond
	items    [][]byte
	busy     int
	capacity int
	closing  bool
	broken   bool
	pipe     *os.File
	stopped  chan struct{}
}

func newHandoff(pipe *os.File, capacity int) *handoff {
	h := &handoff{pipe: pipe, capacity: capacity, stopped: make(chan struct{})}
	h.cond = sync.NewCond(&h.mu)
	go h.run()
	return h
}

func (h *handoff) put(rec []byte, essential bool) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing || h.broken || (len(h.items)+h.busy >= h.capacity && !essential) {
		return false
	}
	h.items = append(h.items, rec)
	if len(h.items) == 1 {
		h.cond.Signal()
	}
	return true
}

func (h *handoff) run() {
	defer close(h.stopped)
	var buf []byte
	for {
		h.mu.Lock()
		for len(h.items) == 0 && !h.closing {
			h.cond.Wait()
		}
		if len(h.items) == 0 {
			h.mu.Unlock()
			return
		}
		if !h.closing { // gather for a tick: one write (and one wake-up of analytics) per tick, not per frame
			h.mu.Unlock()
			time.Sleep(feedEvery)
			h.mu.Lock()
		}
		batch := h.items
		h.items = nil
		h.busy = len(batch)
		h.mu.Unlock()
		buf = buf[:0]
		for _, rec := range batch {
			buf = append(buf, rec...)
		}
		_, err := h.pipe.Write(buf)
		h.mu.Lock()
		h.busy = 0
		if err != nil {
			h.broken = true
			h.items = nil
			h.mu.Unlock()
			return
		}
		h.mu.Unlock()
	}
}

// close lets the writer write what is queued (up to 5 s) and returns how many records were not written.
func (h *handoff) close() int {
	h.mu.Lock()
	h.closing = true
	h.cond.Broadcast()
	h.mu.Unlock()
	select {
	case <-h.stopped:
	case <-time.After(closeWaitTime):
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.items) + h.busy
}

func (h *handoff) writeDirect(rec []byte) {
	h.mu.Lock()
	broken := h.broken
	h.mu.Unlock()
	if !broken {
		_, _ = h.pipe.Write(rec)
	}
}
