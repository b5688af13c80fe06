package dev.sessionjwt.bench.cluster;

import java.io.IOException;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import com.hazelcast.core.DistributedObject;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.map.LocalMapStats;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Benchmark-only: the operations this node's Hazelcast member has served for distributed maps (Payara's
 * session store among them) since it started, as {@code gets=N puts=N removes=N}, so the cluster benchmark
 * can count replication-store operations per request.
 */
@WebServlet("/hz-stats")
public class HazelcastStatsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HazelcastInstance hazelcast;
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
        } catch (NamingException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.toString());
            return;
        }
        long gets = 0;
        long puts = 0;
        long removes = 0;
        for (DistributedObject object : hazelcast.getDistributedObjects()) {
            if (object instanceof IMap<?, ?> map) {
                LocalMapStats stats = map.getLocalMapStats();
                gets += stats.getGetOperationCount();
                puts += stats.getPutOperationCount() + stats.getSetOperationCount();
                removes += stats.getRemoveOperationCount();
            }
        }
        response.setContentType("text/plain");
        response.getWriter().write("gets=" + gets + " puts=" + puts + " removes=" + removes);
    }
}
